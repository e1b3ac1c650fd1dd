package de.integrationsnetz.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** A real SMTP server (GreenMail) on a free port; the app's mail settings point at it. */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    }

    /**
     * Boot's mail auto-configuration decides on {@code spring.mail.host} before the registrar below contributes it,
     * so it would create no sender: this one talks to GreenMail directly.
     */
    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    DynamicPropertyRegistrar mailServerProperties(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        };
    }
}
