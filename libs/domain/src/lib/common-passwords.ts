/** Widely used passwords (international and Dutch), compared case-insensitively. */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  `123456 123456789 12345678 password qwerty123 qwerty1 111111 12345 1234567 1234567890 123123 000000 iloveyou
  1q2w3e4r 1q2w3e4r5t qwertyuiop 123321 654321 666666 121212 abc123 password1 password123 passw0rd p@ssw0rd
  p@ssword welcome welcome1 welcome123 admin admin123 administrator letmein letmein1 monkey dragon football
  baseball sunshine princess qwerty qwerty12 qwerty1234 azerty azerty123 trustno1 master master123 shadow
  superman batman michael jennifer charlie jordan23 hello123 hello1234 freedom whatever zaq12wsx 1qaz2wsx
  asdfghjkl asdfgh asdf1234 zxcvbnm zxcvbnm1 11111111 22222222 88888888 99999999 12341234 87654321 11223344
  a1b2c3d4 aa123456 abcd1234 abcdef abcdefgh abcdefg1 computer internet starwars whatever1 changeme changeme1
  secret secret123 test1234 testtest test123 demo1234 default guest1234 login123 root1234 summer2024 summer2025
  winter2024 winter2025 spring2025 autumn2025 zomer2024 zomer2025 winter2026 zomer2026 lente2025 herfst2025
  wachtwoord wachtwoord1 wachtwoord12 wachtwoord123 wachtwoord! wachtwoord01 geheim geheim123 geheim01
  welkom welkom01 welkom1 welkom12 welkom123 welkom2024 welkom2025 welkom2026 welkom01! hallo123 hallo1234
  hallo01 hallootjes voetbal voetbal1 voetbal123 ajax1900 ajaxamsterdam feyenoord feyenoord1 psv1913
  amsterdam amsterdam1 rotterdam rotterdam1 utrecht123 nederland nederland1 holland holland1 oranje oranje123
  gemeente gemeente1 gemeente123 gemeente01 sociaal123 kijkje123 kijkje2026 qwerty01 azertyuiop 123qwe
  qwe123 1234qwer q1w2e3r4 q1w2e3r4t5 passwort passwort1 motdepasse 00000000 12121212 123456a 123456aa
  a123456 a12345678 password01 password! password2024 password2025 password2026 mustang jessica ashley
  hunter2 killer soccer hockey ranger buster thomas robert daniel andrew joshua matthew pepper ginger
  cheese maggie loveme lovely flower purple orange banana cookie snoopy pokemon minecraft fortnite
  samsung iphone google facebook linkedin microsoft windows apple123 chocolate1 rainbow sterretje
  schatje lieverd prinses konijn poesje hondje`
    .split(/\s+/)
    .filter(Boolean),
);
