; expect: *: number too large to compute exactly
; Squaring 2 forty times once ran until memory ran out.
(define (f n x) (if (= n 0) x (f (- n 1) (* x x))))
(f 40 2)
