#lang roulette/example/disrupt
; Conditioning with observe!: what a failure tells us. Routing is as in canary.rkt
; (stable 90 %, canary 10 %, order and callback routed independently).
(define (route) (if (flip 0.9) 'stable 'canary))
(define order (route))
(define callback (route))

(displayln "given that the callback failed, the order went to:")
(with-observe
  (observe! (not (equal? order callback)))
  (query order))
; failing = crossing over: stable→canary 0.09 or canary→stable 0.09, so 0.5 each.

; Retries as in retries.rkt: 10 servers, each attempt picks one uniformly.
(define servers (range 10))
(define home (discrete-uniform servers))
(define first-try (discrete-uniform servers))
(define retry (discrete-uniform servers))
(with-observe
  (observe! (not (equal? home first-try)))
  (displayln (format "given that the first attempt failed, the retry succeeds: ~a"
                     (probability (equal? home retry)))))           ; 0.1: nothing learned
(observe! (or (equal? home first-try) (equal? home retry)))
(displayln (format "given that one of two attempts succeeded, the first did: ~a"
                   (probability (equal? home first-try))))          ; 0.1 / 0.19 = 10/19
