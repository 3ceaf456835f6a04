; expect: 3:1:
; A string that never closes.
"abc
