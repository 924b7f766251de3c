"""Small committed artefacts: lexicons, gazetteer, models (rebuilt by scripts/)."""
