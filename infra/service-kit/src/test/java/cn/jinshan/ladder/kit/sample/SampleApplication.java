package cn.jinshan.ladder.kit.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the kit, used to test the kit end to end. */
@SpringBootApplication
class SampleApplication {}
