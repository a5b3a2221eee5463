import { ReferenceView } from '@/views/reference/reference-view.tsx';

const ReferencePage = () => <ReferenceView />;

export default ReferencePage;
