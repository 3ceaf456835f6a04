#lang roulette/example/disrupt
; Step 1 of the story: two servers behind a load balancer, 50/50.
; The order lands on one server (#t = server A, #f = server B) and keeps its state there.
(define order (flip 1/2))
; Later the fraud provider calls back through the same load balancer, routed independently.
(define callback (flip 1/2))
(displayln "callback finds the order:")
(equal? order callback)          ; (pmf | #t ↦ 0.5 | #f ↦ 0.5)
