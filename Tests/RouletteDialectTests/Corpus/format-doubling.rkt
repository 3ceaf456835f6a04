; expect: format: string longer than 1000000 bytes
(define (f n s) (if (= n 0) s (f (- n 1) (format "~a~a" s s))))
(f 40 "a")
