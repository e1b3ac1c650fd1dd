package de.integrationsnetz.directory.freshness;

import org.springframework.data.jpa.repository.JpaRepository;

interface FreshnessSettingsRepository extends JpaRepository<FreshnessSettings, String> {}
