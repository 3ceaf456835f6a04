; expect: categorical expects a non-empty list
(define xs (if (flip 0.5) '() '(1 2)))
(categorical xs)
