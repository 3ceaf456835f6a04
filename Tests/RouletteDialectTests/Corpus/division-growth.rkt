; expect: number too large to compute exactly
; Denominators grow too: 3^(2^40).
(define (f n x) (if (= n 0) x (f (- n 1) (/ x (* x x x)))))
(f 40 1/3)
