CREATE TABLE keep_me (id int PRIMARY KEY);
CREATE TABLE glossary (
  term text COLLATE "C" PRIMARY KEY,
  definition text NOT NULL,
  lang varchar(5) COLLATE "POSIX" NOT NULL DEFAULT 'en'
);
CREATE INDEX glossary_lang_term_idx ON glossary (lang, term COLLATE "POSIX" DESC);
