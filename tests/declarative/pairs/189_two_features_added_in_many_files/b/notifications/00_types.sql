CREATE TYPE notification_kind AS ENUM ('mention', 'reply', 'follow');
