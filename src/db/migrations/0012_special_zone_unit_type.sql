-- Đặc khu (special zone): a commune-level unit of the two-level local government since 1/7/2025
-- (Luật Tổ chức chính quyền địa phương 2025; Khánh Hòa's Trường Sa, NQ 1667/NQ-UBTVQH15), so that
-- data/units/khanh-hoa-2025.csv imports without an admin adding the type first.
INSERT INTO unit_types (code, name_vi, name_en, sort_order) VALUES
  ('special_zone', 'Đặc khu', 'Special zone', 32)
ON CONFLICT (code) DO NOTHING;
