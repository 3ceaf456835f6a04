#lang roulette
; Two independent uniform choices over 20,000 values: P(equal) = 1/20000 by a hash join.
(define a (discrete-uniform (range 20000)))
(define b (discrete-uniform (range 20000)))
(probability (equal? a b))
