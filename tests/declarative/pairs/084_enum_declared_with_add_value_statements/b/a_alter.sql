ALTER TYPE plan ADD VALUE 'pro' BEFORE 'enterprise';
ALTER TYPE plan ADD VALUE IF NOT EXISTS 'free' BEFORE 'pro';
