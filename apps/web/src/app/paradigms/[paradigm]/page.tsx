import { findParadigm } from '@fleetlens/schema';
import { notFound } from 'next/navigation';

import { ParadigmView } from '@/views/paradigm/paradigm-view.tsx';

const ParadigmPage = async ({ params }: { params: Promise<{ paradigm: string }> }) => {
  const { paradigm } = await params;
  if (findParadigm(paradigm) === undefined) notFound();

  return <ParadigmView paradigm={paradigm} />;
};

export default ParadigmPage;
