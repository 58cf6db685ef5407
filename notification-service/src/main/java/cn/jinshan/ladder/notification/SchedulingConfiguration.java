package cn.jinshan.ladder.notification;

import cn.jinshan.ladder.notification.channels.application.ChannelProperties;
import cn.jinshan.ladder.notification.push.application.PushProperties;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (stream heartbeats, held pushes, due reminders) under a ShedLock lease in Mongo so that one replica
 * runs each tick, and asynchronous delivery off the Kafka consumer thread.
 */
@Configuration
@EnableScheduling
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
@EnableConfigurationProperties({PushProperties.class, ChannelProperties.class})
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }
}
