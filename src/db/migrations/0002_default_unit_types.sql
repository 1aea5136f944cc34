-- The default unit kinds; admins may add more. "district" is kept for history (abolished 1/7/2025).
INSERT INTO unit_types (code, name_vi, name_en, sort_order) VALUES
  ('province', 'Tỉnh, thành phố trực thuộc trung ương', 'Province', 10),
  ('district', 'Huyện, thị xã, thành phố thuộc tỉnh (trước 1/7/2025)', 'District (before 1/7/2025)', 20),
  ('commune', 'Xã, thị trấn', 'Commune', 30),
  ('ward', 'Phường', 'Ward', 31),
  ('department', 'Sở, ban, ngành', 'Department', 40),
  ('health_station', 'Trạm y tế', 'Health station', 50),
  ('hospital', 'Bệnh viện, phòng khám', 'Hospital or clinic', 51),
  ('service_centre', 'Trung tâm phục vụ hành chính công', 'Public-service centre', 60)
ON CONFLICT (code) DO NOTHING;
