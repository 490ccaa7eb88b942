-- Data only. Conditions are scored as risk (higher is worse), but rounds closed before the rubric
-- carried its risk bands stored a maturity band id for them ("proven" for a severe risk). Give each
-- stored condition score its band from the risk bands of content/rubric/causeway-maturity.json
-- (minimal 0-20, low 20-40, moderate 40-60, high 60-80, severe 80-100; a boundary starts the higher
-- band). The scores themselves are untouched.
UPDATE "RoundGroupScore" s
SET "bandId" = CASE
    WHEN s."score" IS NULL THEN NULL
    WHEN s."score" < 20 THEN 'minimal'
    WHEN s."score" < 40 THEN 'low'
    WHEN s."score" < 60 THEN 'moderate'
    WHEN s."score" < 80 THEN 'high'
    ELSE 'severe'
  END
FROM "AssessmentRound" r
JOIN "RubricVersion" v ON v."id" = r."rubricVersionId"
WHERE s."roundId" = r."id" AND v."templateId" = 'causeway-maturity' AND s."direction" = 'higher_is_worse';

UPDATE "RoundAggregate" a
SET "groups" = (
  SELECT jsonb_agg(
    CASE WHEN e.g->>'direction' = 'higher_is_worse' THEN
      jsonb_set(e.g, '{bandId}', CASE
        WHEN jsonb_typeof(e.g->'score') IS DISTINCT FROM 'number' THEN 'null'::jsonb
        WHEN (e.g->>'score')::float8 < 20 THEN '"minimal"'::jsonb
        WHEN (e.g->>'score')::float8 < 40 THEN '"low"'::jsonb
        WHEN (e.g->>'score')::float8 < 60 THEN '"moderate"'::jsonb
        WHEN (e.g->>'score')::float8 < 80 THEN '"high"'::jsonb
        ELSE '"severe"'::jsonb
      END)
    ELSE e.g END
    ORDER BY e.i)
  FROM jsonb_array_elements(a."groups") WITH ORDINALITY AS e(g, i)
)
FROM "AssessmentRound" r
JOIN "RubricVersion" v ON v."id" = r."rubricVersionId"
WHERE a."roundId" = r."id" AND v."templateId" = 'causeway-maturity' AND jsonb_typeof(a."groups") = 'array' AND jsonb_array_length(a."groups") > 0;
