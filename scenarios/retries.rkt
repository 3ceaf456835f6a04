#lang roulette/example/disrupt
; Fix attempt: retry. Ten servers; a failed callback is retried twice, each attempt
; routed afresh. The order never moves, so every attempt misses with probability 9/10
; and all three miss with probability (9/10)^3.
(define servers (range 10))
(define order (discrete-uniform servers))
(define (attempt-misses) (not (equal? order (discrete-uniform servers))))
(define fails (and (attempt-misses) (attempt-misses) (attempt-misses)))
(displayln (format "10 servers, 2 retries: callback fails ~a" (probability fails)))   ; 0.729
