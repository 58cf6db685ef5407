package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;

/** Register a firm under its credit code, with its profile and optionally its specialist. */
public record RegisterEnterprise(String creditCode, Profile profile, Specialist specialist) {}
