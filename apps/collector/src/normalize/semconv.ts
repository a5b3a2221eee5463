/**
 * Attribute keys and values the normalizer relies on that are NOT in the stable set of
 * `@opentelemetry/semantic-conventions`: incubating OTel keys (faas.*, cloud.*, hw.*, process.*,
 * copied here so an upstream rename does not silently change behaviour), vendor keys
 * (Knative, wasmCloud, Spin, the Lambda extension) and Fleetlens's own names for data no
 * convention covers yet (quantum jobs, explicit platform/paradigm). Stable keys are imported
 * from the package itself.
 *
 * Fleetlens names (`fleetlens.*`, `quantum.*`) are ours and unstable: senders that want
 * quantum jobs or an explicit platform on the dashboard use exactly these strings.
 * @see https://opentelemetry.io/docs/specs/semconv/faas/
 * @see https://github.com/open-telemetry/opentelemetry-js/tree/main/semantic-conventions#unstable-semconv
 */

// OTel incubating resource and span attributes.
export const ATTR_CLOUD_PLATFORM = 'cloud.platform';
export const ATTR_CLOUD_PROVIDER = 'cloud.provider';
export const ATTR_CLOUD_REGION = 'cloud.region';
export const ATTR_AWS_ECS_LAUNCHTYPE = 'aws.ecs.launchtype';
export const ATTR_FAAS_NAME = 'faas.name';
export const ATTR_FAAS_VERSION = 'faas.version';
export const ATTR_FAAS_INSTANCE = 'faas.instance';
export const ATTR_FAAS_TRIGGER = 'faas.trigger';
export const ATTR_FAAS_COLDSTART = 'faas.coldstart';
export const ATTR_FAAS_INVOKED_PROVIDER = 'faas.invoked_provider';
export const ATTR_FAAS_INVOCATION_ID = 'faas.invocation.id';
/** Older spelling, still sent by the Lambda extension's semconv v1.25 constants. */
export const ATTR_FAAS_INVOCATION_ID_OLD = 'faas.invocation_id';
/** Even older (semconv ≤1.17) spelling of the invocation id. */
export const ATTR_FAAS_EXECUTION = 'faas.execution';
export const ATTR_HOST_NAME = 'host.name';
export const ATTR_PROCESS_RUNTIME_NAME = 'process.runtime.name';
export const ATTR_PROCESS_EXECUTABLE_NAME = 'process.executable.name';
export const ATTR_CONTAINER_NAME = 'container.name';
export const ATTR_CPU_MODE = 'cpu.mode';
export const ATTR_HW_ID = 'hw.id';
export const ATTR_HW_TYPE = 'hw.type';
export const ATTR_EVENT_NAME = 'event.name';
export const ATTR_DEPLOYMENT_ENVIRONMENT_NAME = 'deployment.environment.name';
/** Kubernetes node labels copied by the k8sattributes processor: `k8s.node.label.<key>`. */
export const ATTR_K8S_NODE_LABEL_PREFIX = 'k8s.node.label.';

export const CLOUD_PLATFORM_VALUE_AWS_LAMBDA = 'aws_lambda';
export const CLOUD_PLATFORM_VALUE_AWS_ECS = 'aws_ecs';
export const CLOUD_PLATFORM_VALUE_GCP_CLOUD_RUN = 'gcp_cloud_run';
/** semconv ≥1.36 spells Azure values with a dot; earlier versions with an underscore. */
export const CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES = 'azure.container_instances';
export const CLOUD_PLATFORM_VALUE_AZURE_CONTAINER_INSTANCES_OLD = 'azure_container_instances';
export const AWS_ECS_LAUNCHTYPE_VALUE_FARGATE = 'fargate';
export const HW_TYPE_VALUE_GPU = 'gpu';

// Vendor keys.
export const ATTR_KN_SERVICE_NAME = 'kn.service.name';
export const ATTR_KN_REVISION_NAME = 'kn.revision.name';
export const ATTR_WASMCLOUD_COMPONENT_REF = 'component.ref';
export const ATTR_WASMCLOUD_COMPONENT_ID = 'component.id';
export const ATTR_WASMCLOUD_LATTICE = 'lattice';
export const ATTR_WASMCLOUD_HOST = 'host';
/** Spin records `component_id` on its spin.* metrics. */
export const ATTR_SPIN_COMPONENT_ID = 'component_id';
/** opentelemetry-lambda telemetryapi receiver: event type of a log record (old, new key). */
export const ATTR_LAMBDA_EVENT_TYPE_OLD = 'type';
export const ATTR_LAMBDA_EVENT_TYPE = 'lambda.event.type';
export const LAMBDA_EVENT_PLATFORM_REPORT = 'platform.report';
export const LAMBDA_EVENT_PLATFORM_INIT_REPORT = 'platform.initReport';

// Fleetlens's own names.
/** Resource attribute naming a PLATFORMS id outright; wins over detection. */
export const ATTR_FLEETLENS_PLATFORM = 'fleetlens.platform';
/** Resource attribute choosing the paradigm of a platform listed in several (k3s: edge|iot). */
export const ATTR_FLEETLENS_PARADIGM = 'fleetlens.paradigm';
/** The same choice as a Prometheus label (added by relabeling or by the import URL). */
export const LABEL_PARADIGM = 'paradigm';

/** Event name (log record EventName or `event.name`) of one quantum job state report. */
export const QUANTUM_JOB_EVENT_NAME = 'quantum.job';
/** Event name of a PennyLane-style tracker total (cumulative shots and executions). */
export const QUANTUM_TRACKER_EVENT_NAME = 'quantum.tracker';
/** ibm | aws | braket | google | xanadu, or a platform id (qiskit, cirq, pennylane, amazon-braket). */
export const ATTR_QUANTUM_PROVIDER = 'quantum.provider';
export const ATTR_QUANTUM_JOB_ID = 'quantum.job.id';
/** The provider's own status word: QUEUED/RUNNING/DONE/ERROR/CANCELLED, CREATED/COMPLETED/… */
export const ATTR_QUANTUM_JOB_STATUS = 'quantum.job.status';
export const ATTR_QUANTUM_SHOTS = 'quantum.shots';
export const ATTR_QUANTUM_BACKEND = 'quantum.backend';
export const ATTR_QUANTUM_QUBITS = 'quantum.qubits';
/** RFC 3339 strings or integer Unix nanoseconds, as in Qiskit JobMetrics `timestamps.*`. */
export const ATTR_QUANTUM_TIMESTAMPS_CREATED = 'quantum.timestamps.created';
export const ATTR_QUANTUM_TIMESTAMPS_RUNNING = 'quantum.timestamps.running';
export const ATTR_QUANTUM_TIMESTAMPS_FINISHED = 'quantum.timestamps.finished';
/** Qiskit JobMetrics `usage.quantum_seconds`: QPU time billed, kept as an event attribute. */
export const ATTR_QUANTUM_USAGE_QUANTUM_SECONDS = 'quantum.usage.quantum_seconds';
export const ATTR_QUANTUM_TRACKER_SHOTS = 'quantum.tracker.shots';
export const ATTR_QUANTUM_TRACKER_EXECUTIONS = 'quantum.tracker.executions';
