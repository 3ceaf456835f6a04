#lang roulette/example/disrupt
; Session affinity by hashing: the load balancer sends a callback to server
; (order-id mod servers), so it always finds the order... until the pool grows.
; An order taken with 3 servers whose callback arrives after a 4th joins goes to
; (order-id mod 4): it fails unless the two agree.
(define order-id (discrete-uniform (range 60)))
(define before (modulo order-id 3))
(define after (modulo order-id 4))
(displayln (format "same pool: callback fails ~a" (probability (not (= before before)))))       ; 0
(displayln (format "pool grows 3 → 4: callback fails ~a" (probability (not (= before after))))) ; 0.75
