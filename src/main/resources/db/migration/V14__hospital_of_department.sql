-- Which hospital each department belongs to: a hospital's machine client (FHIR, token claim "hospital") sees the
-- patients its departments follow or referred, under the patient's written consent (patient.domain.HospitalSharing).
ALTER TABLE hospital_department ADD COLUMN hospital VARCHAR(40);
UPDATE hospital_department SET hospital = 'AHUS' WHERE code LIKE 'AHUS\_%';
UPDATE hospital_department SET hospital = code WHERE hospital IS NULL;
ALTER TABLE hospital_department ALTER COLUMN hospital SET NOT NULL;
ALTER TABLE hospital_department ADD CONSTRAINT hospital_department_hospital_code CHECK (hospital ~ '^[A-Z][A-Z0-9_]*$');
