package dev.courseportal.domain.lab.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Which service of which environment a {@link ServiceState} is about. */
@Embeddable
public class ServiceStateKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "environment_id", nullable = false)
    private Long environmentId;

    @Column(nullable = false, length = 32)
    private String service;

    protected ServiceStateKey() {
        // for JPA
    }

    public ServiceStateKey(long environmentId, String service) {
        this.environmentId = environmentId;
        this.service = Objects.requireNonNull(service, "service");
    }

    public long environmentId() { return environmentId; }
    public String service() { return service; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceStateKey other && Objects.equals(environmentId, other.environmentId)
                && Objects.equals(service, other.service);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environmentId, service);
    }
}
