; expect: 4:1:
; An unterminated list at the end of the file.
(define x (flip 0.5)
(probability x
