; expect: string-append: string longer than 1000000 bytes
; Doubling a string forty times once ran until memory ran out.
(define (f n s) (if (= n 0) s (f (- n 1) (string-append s s))))
(f 40 "a")
