CREATE VIEW tenant_admins AS
  SELECT t.slug, u.email FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.role = 'admin';
