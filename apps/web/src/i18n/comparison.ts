export const comparisonMessages = {
  en: {
    'comparison.title': 'Resource comparison',
    'comparison.intro':
      'Resource use per unit of work, side by side. Each ratio is a sum over a sum across the group’s resources, so larger resources weigh more.',
    'comparison.groupBy': 'Group by',
    'comparison.by.paradigm': 'Paradigm',
    'comparison.by.platform': 'Platform',
    'comparison.inSentence.paradigm': 'paradigm',
    'comparison.inSentence.platform': 'platform',
    'comparison.measure': 'Measure',
    'comparison.measure.memory_per_instance': 'Memory per instance',
    'comparison.measure.cpu_per_request': 'CPU per request',
    'comparison.measure.startup_p50': 'Startup p50',
    'comparison.measure.energy_per_inference': 'Energy per inference',
    'comparison.measure.gpu_memory_per_model': 'GPU memory per served model',
    'comparison.measure.tokens_per_joule': 'Tokens per joule',
    'comparison.help.memory_per_instance':
      'memory_bytes averaged over the window ÷ instances; a resource without an instances gauge counts as one instance.',
    'comparison.help.cpu_per_request':
      'Increase of cpu_seconds_total ÷ increase of requests_total on the same host of one platform (node, else scrape target): a resource that reports both, or a Wasm host process and the functions it runs.',
    'comparison.help.startup_p50':
      'Median of startup_seconds (cold-start events where there are any, else histograms), weighted by starts.',
    'comparison.help.energy_per_inference':
      'GPU energy_joules_total ÷ inference requests served on the same GPU server (node, else scrape target).',
    'comparison.help.gpu_memory_per_model':
      'GPU memory in use on a server ÷ models that served requests there in the window.',
    'comparison.help.tokens_per_joule':
      'tokens_total of language-model servers ÷ GPU energy of the same server.',
    'comparison.table': 'Per-unit resource use',
    'comparison.bars': '{measure} by {by}',
    'comparison.window': 'Window {from} – {to}, read at a {step} step.',
    'comparison.resources': 'Resources',
    'comparison.basisLegend':
      'n: the sample each value rests on — resources, GPU servers, or starts.',
    'comparison.basis.resources': '{n} res.',
    'comparison.basis.servers': '{n} GPU srv.',
    'comparison.basis.starts': '{n} starts',
    'comparison.noValue': 'No group has a value for this measure in the window.',
    'comparison.sameWorkload': 'The same workload under several groups',
    'comparison.sameWorkloadIntro':
      'Workload names that run under more than one {by} in the window: the closest the fleet has to comparing the same work.',
    'comparison.workload': 'Workload',
    'comparison.noOverlap':
      'No workload name runs under more than one {by} in this window, so the comparison above is between different workloads.',
    'comparison.tryPlatform': 'Group by platform to look for overlaps between platforms.',
    'comparison.noNames': 'No resource in this window names its workload.',
    'comparison.truncated': 'The fleet is larger than one answer reads: only part of it is shown.',
  },
  zh: {
    'comparison.title': '资源对比',
    'comparison.intro':
      '按单位工作量对比资源消耗。每个比值都是组内各资源的总和之比，因此规模大的资源权重更高。',
    'comparison.groupBy': '分组方式',
    'comparison.by.paradigm': '范式',
    'comparison.by.platform': '平台',
    'comparison.inSentence.paradigm': '范式',
    'comparison.inSentence.platform': '平台',
    'comparison.measure': '指标',
    'comparison.measure.memory_per_instance': '每实例内存',
    'comparison.measure.cpu_per_request': '每请求 CPU 时间',
    'comparison.measure.startup_p50': '启动时间 p50',
    'comparison.measure.energy_per_inference': '每次推理能耗',
    'comparison.measure.gpu_memory_per_model': '每个在服务模型的 GPU 显存',
    'comparison.measure.tokens_per_joule': '每焦耳 token 数',
    'comparison.help.memory_per_instance':
      '时间窗内 memory_bytes 的平均值 ÷ 实例数；没有 instances 指标的资源按一个实例计。',
    'comparison.help.cpu_per_request':
      '同一平台同一主机（节点，否则为抓取目标）上 cpu_seconds_total 的增量 ÷ requests_total 的增量：同时上报两者的资源，或 Wasm 宿主进程与其运行的函数。',
    'comparison.help.startup_p50':
      'startup_seconds 的中位数（有冷启动事件时用事件，否则用直方图），按启动次数加权。',
    'comparison.help.energy_per_inference':
      'GPU 的 energy_joules_total ÷ 同一 GPU 服务器（节点，否则为抓取目标）上处理的推理请求数。',
    'comparison.help.gpu_memory_per_model':
      '服务器上已用 GPU 显存 ÷ 时间窗内在该服务器上处理过请求的模型数。',
    'comparison.help.tokens_per_joule': '大语言模型服务的 tokens_total ÷ 同一服务器的 GPU 能耗。',
    'comparison.table': '单位资源消耗',
    'comparison.bars': '按{by}的{measure}',
    'comparison.window': '时间窗 {from} – {to}，步长 {step}。',
    'comparison.resources': '资源数',
    'comparison.basisLegend': 'n：每个数值所依据的样本——资源数、GPU 服务器数或启动次数。',
    'comparison.basis.resources': '{n} 个资源',
    'comparison.basis.servers': '{n} 台 GPU 服务器',
    'comparison.basis.starts': '{n} 次启动',
    'comparison.noValue': '此时间窗内没有任何分组有该指标的数值。',
    'comparison.sameWorkload': '同一工作负载在多个分组下的对比',
    'comparison.sameWorkloadIntro':
      '时间窗内在不止一个{by}下运行的工作负载名称：这是集群中最接近“同一工作”的对比。',
    'comparison.workload': '工作负载',
    'comparison.noOverlap':
      '此时间窗内没有任何工作负载名称在不止一个{by}下运行，因此上面的对比是在不同工作负载之间进行的。',
    'comparison.tryPlatform': '改为按平台分组，查看平台之间的重叠。',
    'comparison.noNames': '此时间窗内没有资源上报其工作负载名称。',
    'comparison.truncated': '集群规模超过单次查询可读取的上限：只显示了其中一部分。',
  },
} as const;
