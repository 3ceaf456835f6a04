#lang roulette/example/disrupt
; Step 3: scale out. With N equal servers the callback lands on the order's server
; with probability 1/N, so it fails with probability 1 − 1/N: more servers, more failures.
(define (failure n)
  (let* ([servers (range n)]
         [order (discrete-uniform servers)]
         [callback (discrete-uniform servers)])
    (probability (not (equal? order callback)))))

(for-each (lambda (n) (displayln (format "~a servers: callback fails ~a" n (failure n))))
          '(2 3 5 10 20 50 100))
