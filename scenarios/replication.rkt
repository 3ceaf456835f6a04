#lang roulette/example/disrupt
; Fix attempt: partial replication. Ten servers; the order's state is copied to two
; other servers chosen at random. The callback succeeds on the origin or a replica,
; so it fails on the other seven servers.
(define servers (range 10))
(define origin (discrete-uniform servers))
(define others (remove origin servers))
(define replica-1 (discrete-uniform others))
(define replica-2 (discrete-uniform (remove replica-1 others)))
(define callback (discrete-uniform servers))
(define finds (or (equal? callback origin) (equal? callback replica-1) (equal? callback replica-2)))
(displayln (format "10 servers, 2 replicas: callback fails ~a" (probability (not finds))))   ; 0.7
