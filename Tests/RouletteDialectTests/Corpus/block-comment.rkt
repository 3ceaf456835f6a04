; expect: 3:1:
; A block comment that never closes.
#| open #| nested |#
(flip 0.5)
