; expect: inference too large to compute exactly
; Issue 16 item 8: weights of ~15,600 digits (flip 1/3^32768) made a sum of two 101-value
; choices take 47 s inside every limit; combining long weights is charged by their length.
(define (sq x n) (if (= n 0) x (sq (* x x) (- n 1))))
(define big (sq 3 15))
(define tiny (/ 1 big))
(define a (if (flip tiny) big (discrete-uniform (range 100))))
(define b (if (flip tiny) (+ big 1) (discrete-uniform (range 100))))
(probability (< (+ a b) 150))
