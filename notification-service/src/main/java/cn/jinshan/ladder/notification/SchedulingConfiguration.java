package cn.jinshan.ladder.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled work: stream heartbeats and due reminders. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
