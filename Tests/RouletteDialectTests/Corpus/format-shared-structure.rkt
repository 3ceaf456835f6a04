; expect: format: string longer than 1000000 bytes
; Issue 16 item 5: 2^40 elements of shared structure; format built the text for ever.
(define (grow l n) (if (= n 0) l (grow (list l l) (- n 1))))
(define a (grow '(1) 40))
(format "~a" a)
