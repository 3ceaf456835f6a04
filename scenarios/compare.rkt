#lang roulette/example/disrupt
; Every scenario side by side: how often the callback misses the order's state.
(define (uniform-server n) (discrete-uniform (range n)))
(define (misses? order callback) (not (equal? order callback)))

; State local to the server that took the order.
(define (local n)
  (let ([order (uniform-server n)])
    (probability (misses? order (uniform-server n)))))

; Two servers, a canary taking `share` of the traffic.
(define (canary share)
  (let* ([route (lambda () (if (flip (- 1 share)) 'stable 'canary))]
         [order (route)])
    (probability (misses? order (route)))))

; Every attempt re-routed; the callback fails only if all of them miss.
(define (retried n retries)
  (let ([order (uniform-server n)])
    (define (all-miss attempts)
      (if (= attempts 0) #t (and (misses? order (uniform-server n)) (all-miss (- attempts 1)))))
    (probability (all-miss (+ retries 1)))))

; The origin plus two random other servers hold the state.
(define (replicated n)
  (let* ([servers (range n)]
         [origin (discrete-uniform servers)]
         [others (remove origin servers)]
         [replica-1 (discrete-uniform others)]
         [replica-2 (discrete-uniform (remove replica-1 others))]
         [callback (discrete-uniform servers)])
    (probability (not (or (equal? callback origin) (equal? callback replica-1) (equal? callback replica-2))))))

; Hash-routed callbacks while the pool grows from `before` to `after` servers.
(define (rehashed ids before after)
  (let ([id (discrete-uniform (range ids))])
    (probability (not (= (modulo id before) (modulo id after))))))

; Shared state: whichever server takes the callback reads the one store.
(define (shared n) (probability (not (equal? 'store 'store))))

(displayln (format "local, 2 servers:            ~a" (local 2)))
(displayln (format "local, 10 servers:           ~a" (local 10)))
(displayln (format "local, 100 servers:          ~a" (local 100)))
(displayln (format "canary 90/10, 2 servers:     ~a" (canary 1/10)))
(displayln (format "10 servers, 2 retries:       ~a" (retried 10 2)))
(displayln (format "10 servers, 2 replicas:      ~a" (replicated 10)))
(displayln (format "hash routing, 3 → 4 servers: ~a" (rehashed 60 3 4)))
(displayln (format "shared state, 10 servers:    ~a" (shared 10)))
