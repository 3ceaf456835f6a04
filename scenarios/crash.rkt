#lang roulette/example/disrupt
; Incident: one of ten servers crashes while callbacks are in flight. Which one is a
; uniform choice; its local state is lost and it gets no more traffic. The servers are
; a list in a fixed order, server k at place k; the others keep their order, and the
; callback is routed over the nine left. Which fixes still find the order?
(define servers (range 10))                 ; servers 0 … 9
(define crashed (discrete-uniform servers))
(define live (remove crashed servers))      ; the nine left, in the same order
(define (live-server place)                 ; the server at `place` in the live list:
  (if (< place crashed) place (+ place 1))) ; those after the crashed one move up a place

; The load balancer routes the order uniformly over the ten, the callback over the nine.
(define origin (discrete-uniform servers))
(define callback (discrete-uniform live))

; Each fix keeps copies of the order's state: (holds? server) says whether a server has
; one. A callback finds the order on a server with a copy, unless that server crashed:
; its copy is lost with it.
(define (finds? server holds?) (and (holds? server) (not (= server crashed))))
(define (fails holds?) (probability (not (finds? callback holds?))))

; Affinity routes by order id instead. Ids are uniform over 0 … 89 (90 is a multiple
; of both pool sizes, so every server gets the same number of ids).
(define id (discrete-uniform (range 90)))
; Modulo hashing: id goes to the server at place (id mod count) of the live list, so to
; server (id mod 10) before the crash and to the live server at place (id mod 9) after it.
(define modulo-origin (modulo id (length servers)))
(define modulo-callback (live-server (modulo id (length live))))
; Consistent hashing: each server owns an equal share of the ids, here server k the 9 ids
; with id mod 10 = k. Only the crashed server's ids move: they are dealt out one to each
; of the nine left (by id mod 9); every other id keeps its server.
(define ring-origin (modulo id 10))
(define ring-callback (if (= ring-origin crashed) (live-server (modulo id 9)) ring-origin))

; Replicate: the origin and 2 other servers, chosen at random, hold copies.
(define replica-1 (discrete-uniform (remove origin servers)))
(define replica-2 (discrete-uniform (remove replica-1 (remove origin servers))))

; Shared: one store outside the servers. The crash does not touch it, and whichever
; live server takes the callback reads it.
(define (reads-store? server) #t)

(displayln "one of 10 servers crashes, callback routed over the nine left:")
(displayln (format "local (state on the origin only): callback fails ~a"
                   (fails (lambda (server) (= server origin)))))
(displayln (format "affinity, modulo hashing (id mod 10, then place id mod 9): callback fails ~a"
                   (probability (not (finds? modulo-callback (lambda (server) (= server modulo-origin)))))))
(displayln (format "affinity, consistent hashing (only the crashed server's ids move): callback fails ~a"
                   (probability (not (finds? ring-callback (lambda (server) (= server ring-origin)))))))
(displayln (format "broadcast (a copy on every server): callback fails ~a"
                   (fails (lambda (server) #t))))
(displayln (format "shared (one store, untouched by the crash): callback fails ~a"
                   (probability (not (reads-store? callback)))))
(displayln (format "replicate r = 2 (origin + 2 random servers): callback fails ~a"
                   (fails (lambda (server) (or (= server origin) (= server replica-1) (= server replica-2))))))
