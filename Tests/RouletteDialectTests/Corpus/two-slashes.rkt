; expect: bad number '1/3/3'
; Issue 16 item 13: a literal with two slashes evaluated to 1.
(displayln 1/3/3)
