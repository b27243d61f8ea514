CREATE TABLE grades (
  student int NOT NULL,
  course int NOT NULL,
  mark int,
  CONSTRAINT grades_pk PRIMARY KEY (student, course),
  CONSTRAINT mark_range CHECK (mark BETWEEN 0 AND 100)
);
