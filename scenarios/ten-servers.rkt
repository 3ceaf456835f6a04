#lang roulette/example/disrupt
; Step 3, close up: ten servers. The order is stored on one of them; the callback
; is routed to any of the ten, so nine times out of ten it misses.
(define servers (range 10))
(define order (discrete-uniform servers))
(define callback (discrete-uniform servers))
(displayln "callback finds the order:")
(equal? order callback)          ; (pmf | #t ↦ 0.1 | #f ↦ 0.9)
