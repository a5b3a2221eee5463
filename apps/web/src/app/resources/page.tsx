import { ComparisonView } from '@/views/comparison/comparison-view.tsx';

const ResourcesPage = () => <ComparisonView />;

export default ResourcesPage;
