SCMP = letters
[en]
Nguyen = "Win"
[de, fr]
Qatar = "Katar"
[*]
Xi = [[S'i:]]
