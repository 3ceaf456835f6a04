#lang roulette/example/disrupt
; Step 2: the same two servers, named. The load balancer routes the order and,
; independently, the fraud provider's callback. Four routing cases, each 1/4.
(define servers '(A B))
(define order (discrete-uniform servers))      ; server A or B stores the order (Redis A / Redis B)
(define callback (discrete-uniform servers))   ; where the callback lands

(displayln "routing cases (order server, callback server):")
(list order callback)      ; (pmf | '(A A) ↦ 0.25 | '(A B) ↦ 0.25 | '(B A) ↦ 0.25 | '(B B) ↦ 0.25)

; The callback only finds the order on the server that stored it.
(define fails (not (equal? order callback)))
(displayln (format "callback fails: ~a" (probability fails)))    ; 1/2
