#lang roulette/example/disrupt
; Step 4: two servers, but not 50/50: a stable server takes 90 % of traffic and a
; canary 10 %. Order and callback are routed independently.
(define (route) (if (flip 0.9) 'stable 'canary))
(define order (route))
(define callback (route))

(displayln "routing cases (order pool, callback pool):")
(list order callback)
; both stable 0.81, both canary 0.01 (these succeed); stable→canary 0.09 and
; canary→stable 0.09 cross over and fail.
(displayln (format "callback fails: ~a" (probability (not (equal? order callback)))))  ; 0.18
