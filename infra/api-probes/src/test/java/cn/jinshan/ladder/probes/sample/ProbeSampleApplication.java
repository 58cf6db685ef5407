package cn.jinshan.ladder.probes.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small kit-based service with clean and deliberately broken routes, for testing the probes themselves. */
@SpringBootApplication
class ProbeSampleApplication {}
