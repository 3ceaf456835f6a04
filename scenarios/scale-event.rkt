#lang roulette/example/disrupt
; Incident: the pool scales out from 10 to 11 servers while callbacks are in flight.
; The servers are a list in a fixed order, server k at place k. The order is routed
; and its state placed over the ten; then an eleventh server is appended at the end,
; and the callback is routed over all eleven. Which fixes still find the order?
(define before (range 10))                  ; servers 0 … 9
(define after (range 11))                   ; the same ten, server 10 appended at the end

; The load balancer routes the order uniformly over the ten, the callback over the eleven.
(define origin (discrete-uniform before))
(define callback (discrete-uniform after))

; Each fix keeps copies of the order's state: (holds? server) says whether a server has
; one. The callback finds the order when it lands on a server with a copy.
(define (fails holds?) (probability (not (holds? callback))))

; Affinity routes by order id instead. Ids are uniform over 0 … 109 (110 is a multiple
; of both pool sizes, so every server gets the same number of ids).
(define id (discrete-uniform (range 110)))
; Modulo hashing: id goes to the server at place (id mod count) of the live list, so to
; server (id mod 10) before the event and to server (id mod 11) after it.
(define modulo-origin (modulo id (length before)))
(define modulo-callback (modulo id (length after)))
; Consistent hashing: each server owns an equal share of the ids, here server k the 11 ids
; with id mod 10 = k. The joining server takes ids 100 … 109, one from each old server,
; so all eleven own 10 ids; no other id changes server.
(define ring-origin (modulo id 10))
(define ring-callback (if (>= id 100) 10 (modulo id 10)))

; Replicate: the origin and 2 other old servers, chosen at random, hold copies.
(define replica-1 (discrete-uniform (remove origin before)))
(define replica-2 (discrete-uniform (remove replica-1 (remove origin before))))

; Shared: one store outside the servers; whichever server takes the callback, the new
; one included, reads it.
(define (reads-store? server) #t)

(displayln "scale-out 10 → 11 servers, callback routed over the eleven:")
(displayln (format "local (state on the origin only): callback fails ~a"
                   (fails (lambda (server) (= server origin)))))
(displayln (format "affinity, modulo hashing (id mod 10, then id mod 11): callback fails ~a"
                   (probability (not (= modulo-callback modulo-origin)))))
(displayln (format "affinity, consistent hashing (only the new server's ids move): callback fails ~a"
                   (probability (not (= ring-callback ring-origin)))))
(displayln (format "broadcast (a copy on each of the ten old servers): callback fails ~a"
                   (fails (lambda (server) (< server (length before))))))
(displayln (format "shared (one store every server reads): callback fails ~a"
                   (probability (not (reads-store? callback)))))
(displayln (format "replicate r = 2 (origin + 2 random old servers): callback fails ~a"
                   (fails (lambda (server) (or (= server origin) (= server replica-1) (= server replica-2))))))
