; expect: recursion too deep
; Recursion that stops on a random value never stops when evaluated exactly.
(define (geom) (if (flip 1/2) 0 (+ 1 (geom))))
(geom)
