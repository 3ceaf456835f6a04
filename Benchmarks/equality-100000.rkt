#lang roulette
; Two independent uniform choices over 100,000 values: P(equal) = 1/100000 by a hash join.
(define a (discrete-uniform (range 100000)))
(define b (discrete-uniform (range 100000)))
(probability (equal? a b))
