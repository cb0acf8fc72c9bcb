import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

/** Chapters in reading order; two chapters with the same `order` fail the build. */
export async function getOrderedChapters(): Promise<Chapter[]> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  chapters.forEach((chapter, index) => {
    const previous = chapters[index - 1];
    if (previous && previous.data.order === chapter.data.order) {
      throw new Error(
        `content/chapters/${chapter.id}.mdx field "order": ${chapter.data.order} is also used by ${previous.id}.mdx; give each chapter its own order`,
      );
    }
  });
  return chapters;
}
