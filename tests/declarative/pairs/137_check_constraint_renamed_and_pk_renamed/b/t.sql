CREATE TABLE grades (
  student int NOT NULL,
  course int NOT NULL,
  mark int,
  CONSTRAINT grades_pkey PRIMARY KEY (student, course),
  CONSTRAINT grades_mark_range CHECK (mark BETWEEN 0 AND 100)
);
