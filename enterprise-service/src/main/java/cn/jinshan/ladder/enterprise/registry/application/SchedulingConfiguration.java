package cn.jinshan.ladder.enterprise.registry.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the service's scheduled sweeps (the pending-changes relay). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
